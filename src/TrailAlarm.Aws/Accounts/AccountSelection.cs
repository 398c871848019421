namespace TrailAlarm.Aws.Accounts;

/// <summary>Which accounts to audit: the caller's (default), every account of the organisation, or listed ids.</summary>
public sealed record AccountSelection(bool WholeOrganization, IReadOnlyList<string> Ids, string? RoleName)
{
    public static AccountSelection CallerOnly { get; } = new(false, [], null);

    /// <summary>Parses --accounts and --role-name; throws <see cref="ArgumentException"/> with a one-line reason.</summary>
    public static AccountSelection Parse(string? accounts, string? roleName)
    {
        if (string.IsNullOrWhiteSpace(accounts))
        {
            return roleName is null ? CallerOnly : throw new ArgumentException("--role-name needs --accounts (all, or a list of account ids)");
        }

        if (string.IsNullOrWhiteSpace(roleName))
        {
            throw new ArgumentException("--accounts needs --role-name: the role to assume in each account");
        }

        if (accounts.Trim() == "all")
        {
            return new AccountSelection(true, [], roleName);
        }

        var ids = accounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var bad = ids.FirstOrDefault(id => id.Length != 12 || !id.All(char.IsAsciiDigit));
        return bad is null ? new AccountSelection(false, ids, roleName) : throw new ArgumentException($"--accounts: '{bad}' is not a 12-digit account id");
    }
}

/// <summary>How far a multi-account read has got.</summary>
public sealed record AccountProgress(int Done, int Total, string LastAccount);
