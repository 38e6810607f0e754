namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>A catalog file that breaks a rule; the message names the file, the entry and the field.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException()
    {
    }

    public CatalogException(string message)
        : base(message)
    {
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CatalogException(string file, string entry, string field, string problem)
        : base($"{file}: {entry}: {field} {problem}")
    {
        File = file;
        Entry = entry;
        Field = field;
    }

    public string? File { get; }

    public string? Entry { get; }

    public string? Field { get; }
}
