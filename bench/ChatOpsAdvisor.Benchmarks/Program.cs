using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ChatOpsAdvisor.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
