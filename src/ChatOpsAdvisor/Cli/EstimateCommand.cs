using System.Text.Json;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Cli;

/// <summary>estimate --model &lt;id&gt; --gpu-memory &lt;GB&gt; | --gpu &lt;name&gt; [--gpus N] [--context N] [--precision P] [--workload W] [--json]</summary>
public static class EstimateCommand
{
    private static readonly IReadOnlyList<string> Known = [.. AdviceOptions.Shared, "model"];

    public static int Run(CliArguments args, ModelCatalog catalog, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalog);
        args.RejectUnknown(Known);
        var modelText = args.Text("model") ?? throw new CliUsageException("--model is required (a catalog model id, e.g. meta-llama/Llama-3.1-8B-Instruct)");
        var model = catalog.FindModel(modelText)
            ?? throw new AdviceInputException($"unknown model \"{modelText}\"", catalog.SuggestModels(modelText));
        var hardware = AdviceOptions.Hardware(args, catalog);
        var request = AdviceOptions.Estimate(args);
        var json = args.Flag("json");

        var estimate = MemoryEstimator.Estimate(model, request, hardware);
        var alternatives = FitAlternatives.For(estimate);
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(CliJsonMapper.Estimate(estimate, alternatives), CliJsonOutput.Context.EstimateJson));
        }
        else
        {
            EstimateView.Write(estimate, alternatives, stdout);
        }

        return 0;
    }
}
