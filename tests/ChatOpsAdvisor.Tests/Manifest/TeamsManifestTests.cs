using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cli;
using ChatOpsAdvisor.Manifest;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.Manifest;

public sealed class TeamsManifestTests : IDisposable
{
    private const string BotId = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private const string AppId = "0a1b2c3d-4e5f-4061-8273-9485a6b7c8d9";
    private static readonly string ManifestDir = Path.Combine(RepoPaths.Root, "manifest");
    private readonly string temp = Directory.CreateTempSubdirectory("manifest-test-").FullName;

    public static TheoryData<string> Schemas => new() { "MicrosoftTeams.v1.22.schema.json" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Manifest_FilledIn_ValidAgainstOfficialSchema(string schema)
    {
        var manifest = Fill();

        var errors = ManifestValidator.Validate(manifest, ManifestDir, SchemaPath(schema));

        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_Bot_ScopesAndCommands()
    {
        var bot = Fill()["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["help", "start", "history", "estimate", "compare"], commands);
    }

    [Fact]
    public void Icons_SizesAndOutlineWhiteOnTransparent()
    {
        var color = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDir, "color.png")));
        var outline = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDir, "outline.png")));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => outline.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task Pack_WritesExactlyThreeFilesWithIdsSubstituted()
    {
        var zip = Path.Combine(temp, "app.zip");

        var (code, _, stderr) = await Run("manifest", "pack", "--bot-id", BotId, "--app-id", AppId, "--domain", "bot.example.org", "--schema", SchemaPath("MicrosoftTeams.v1.22.schema.json"), "--out", zip);

        Assert.True(code == 0, stderr);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("bot.example.org", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_NoAppIdNoDomain_AppIdIsBotIdAndNoDomains()
    {
        var zip = Path.Combine(temp, "app.zip");

        var (code, _, _) = await Run("manifest", "pack", "--bot-id", BotId, "--out", zip);

        Assert.Equal(0, code);
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        Assert.Empty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public async Task Pack_BadBotId_RefusedWithFieldErrorNoZip()
    {
        var zip = Path.Combine(temp, "app.zip");

        var (code, _, stderr) = await Run("manifest", "pack", "--bot-id", "not-a-guid", "--schema", SchemaPath("MicrosoftTeams.v1.22.schema.json"), "--out", zip);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("bots[0].botId: must be a GUID", stderr, StringComparison.Ordinal);
        Assert.Contains("bots.0.botId", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Pack_BrokenManifest_FieldLevelErrors()
    {
        var dir = Path.Combine(temp, "broken");
        Directory.CreateDirectory(dir);
        foreach (var f in new[] { "color.png", "outline.png" })
        {
            File.Copy(Path.Combine(ManifestDir, f), Path.Combine(dir, f));
        }

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestDir, "manifest.json")))!;
        manifest["name"]!["short"] = new string('x', 40);
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        manifest["accentColor"] = "indigo";
        await File.WriteAllTextAsync(Path.Combine(dir, "manifest.json"), manifest.ToJsonString());

        var (code, _, stderr) = await Run("manifest", "pack", "--bot-id", BotId, "--manifest-dir", dir, "--out", Path.Combine(temp, "x.zip"));

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("name.short: at most 30 characters", stderr, StringComparison.Ordinal);
        Assert.Contains("bots[0].scopes: \"groupchat\" is not a bot scope", stderr, StringComparison.Ordinal);
        Assert.Contains("accentColor: must be #RRGGBB", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static JsonObject Fill() =>
        TeamsAppPackage.Fill(File.ReadAllText(Path.Combine(ManifestDir, "manifest.json")), BotId, AppId, "bot.example.org");

    private static string SchemaPath(string name) => Path.Combine(RepoPaths.Shared, "reference", "schemas", name);

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
