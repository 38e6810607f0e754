using System.Text.Json;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Cli;

/// <summary>
/// advise --gpu-memory 24 --use-case code-assistant [--gpus 2] [--workload inference|lora|qlora|full]
/// [--context 8192] [--precision bf16] [--commercial] [--top 5] [--json]
/// </summary>
public static class AdviseCommand
{
    private static readonly IReadOnlyList<string> Known = [.. AdviceOptions.Shared, "use-case", "commercial", "top"];

    public static int Run(CliArguments args, ModelCatalog catalog, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalog);
        args.RejectUnknown(Known);
        var hardware = AdviceOptions.Hardware(args, catalog);
        var useCaseText = args.Text("use-case") ?? throw new CliUsageException("--use-case is required, one of: " + string.Join(", ", catalog.UseCases.Select(u => u.Id)));
        var useCase = catalog.FindUseCase(useCaseText)
            ?? throw new AdviceInputException($"unknown use case \"{useCaseText}\"", catalog.SuggestUseCases(useCaseText));
        var estimate = AdviceOptions.Estimate(args, useCase.MinContextTokens);
        var request = new AdviceRequest(
            hardware,
            useCase.Id,
            estimate.Workload,
            estimate.Precision,
            estimate.ContextTokens,
            args.Flag("commercial"),
            args.Integer("top", 1, AdviceRequest.MaxTopN) ?? 5,
            estimate.Kv,
            estimate.Training);
        var json = args.Flag("json");

        var recommendation = new Advisor(catalog).Advise(request);
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(CliJsonMapper.Advice(recommendation, catalog), CliJsonOutput.Context.AdviceJson));
        }
        else
        {
            AdviceView.Write(recommendation, catalog, stdout);
        }

        return 0;
    }
}
