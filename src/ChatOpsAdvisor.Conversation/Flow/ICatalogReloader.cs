using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// Loads the catalog again from its configured place (the host reads the files; the flow stays free
/// of I/O) and says whether the person asking may do so.
/// </summary>
public interface ICatalogReloader
{
    bool IsAdmin(Turn turn);

    /// <summary>The freshly loaded and validated catalog; throws <see cref="CatalogException"/> when it is broken.</summary>
    ModelCatalog Load();
}
