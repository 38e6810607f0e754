using System.Text.Json;

namespace ChatOpsAdvisor.Storage.Tests.Support;

/// <summary>Structural equality for records holding lists (record equality compares list references).</summary>
public static class Same
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static void Equal<T>(T expected, T actual) => Assert.Equal(JsonSerializer.Serialize(expected, Options), JsonSerializer.Serialize(actual, Options));
}
