namespace ChatOpsAdvisor.Validation;

/// <summary>
/// McNemar's exact test: under "no difference" the discordant pairs split Binomial(b + c, ½); the
/// two-sided p is twice the smaller tail, capped at 1 (McNemar 1947; exact form as in Fagerland et al. 2013).
/// </summary>
public static class McNemarExact
{
    public static double PValue(int onlyFirstCorrect, int onlySecondCorrect)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirstCorrect);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecondCorrect);
        var n = onlyFirstCorrect + onlySecondCorrect;
        var k = Math.Min(onlyFirstCorrect, onlySecondCorrect);
        if (n == 0)
        {
            return 1;
        }

        // Sum P(X = i) for i ≤ k in log space so large n does not underflow 2^-n.
        var logTerm = -n * Math.Log(2);
        var logTail = logTerm;
        for (var i = 1; i <= k; i++)
        {
            logTerm += Math.Log(n - i + 1) - Math.Log(i);
            logTail = LogAdd(logTail, logTerm);
        }

        return Math.Min(1, 2 * Math.Exp(logTail));
    }

    private static double LogAdd(double a, double b)
    {
        var max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }
}
