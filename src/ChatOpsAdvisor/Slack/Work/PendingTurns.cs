using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>
/// The bounded hand-over between the endpoints, which must answer Slack within 3 seconds, and
/// <see cref="SlackWorker"/>, which runs the turns after the ack. Never blocks: a full queue is refused.
/// </summary>
public sealed class PendingTurns(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWork> channel = Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public int Capacity { get; } = Math.Max(1, options.Value.QueueCapacity);

    public ChannelReader<SlackWork> Reader => channel.Reader;

    public int Count => channel.Reader.Count;

    /// <summary>False when the queue is full or closed for shutdown.</summary>
    public bool TryEnqueue(SlackWork work) => channel.Writer.TryWrite(work);

    /// <summary>No more work is taken; what is queued is still read.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
