using Microsoft.Extensions.Options;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Demo;

namespace Platform.Administration.Demo;

/// One demo user per role (trader1, approver1, …) plus admin1 and auditor1, all with the demo password.
internal sealed class DemoUsersSeeder(IUserAdministration users, IOptions<DemoOptions> demo) : IDemoDataSeeder
{
    public static IReadOnlyList<(string UserName, string DisplayName, string Role)> Users { get; } =
    [
        ("trader1", "交易员一 Trader One", PlatformRoles.Trader),
        ("approver1", "审批人一 Approver One", PlatformRoles.Approver),
        ("risk1", "风控一 Risk Officer One", PlatformRoles.RiskOfficer),
        ("compliance1", "合规一 Compliance Officer One", PlatformRoles.Compliance),
        ("settle1", "结算一 Settlement Ops One", PlatformRoles.SettlementOps),
        ("steward1", "数据管理员一 Data Steward One", PlatformRoles.DataSteward),
        ("designer1", "流程设计一 Workflow Designer One", PlatformRoles.WorkflowDesigner),
        ("auditor1", "审计一 Auditor One", PlatformRoles.Auditor),
        ("admin1", "管理员一 Admin One", PlatformRoles.Admin),
    ];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var (userName, displayName, role) in Users)
        {
            if (await users.FindAsync(userName, ct) is null)
                await users.CreateAsync(new CreateUserRequest(userName, displayName, demo.Value.Password, [role]), "system:demo", ct);
        }
    }
}
