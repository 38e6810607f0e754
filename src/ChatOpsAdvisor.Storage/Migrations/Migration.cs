namespace ChatOpsAdvisor.Storage.Migrations;

/// <summary>One numbered schema change: a script applied once, in order, inside the start-up transaction.</summary>
public sealed record Migration(int Version, string Name, string Script);

/// <summary>
/// Every migration, in order. The scripts are const strings in numbered files (M0001Initial.cs, ...)
/// rather than embedded .sql resources: the list is explicit and checked by the compiler, nothing is
/// found by resource name at run time, and each script sits beside its number like every other SQL
/// here. A new migration is a new file plus one line below; never edit one that has shipped.
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial", M0001Initial.Script),
    ];

    public static int Latest => All[^1].Version;
}
