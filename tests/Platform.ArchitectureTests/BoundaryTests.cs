using Xunit;
using static Platform.ArchitectureTests.PlatformAssemblies;

namespace Platform.ArchitectureTests;

/// The boundaries of docs' design map: modules meet only through Contracts; infrastructure knows no module.
public sealed class BoundaryTests
{
    private static IEnumerable<string> ModuleImplementations => Modules.SelectMany(BoundaryRules.TypesOf);

    public static TheoryData<string> AllNames => new(All.Select(NameOf));
    public static TheoryData<string> ModuleNames => new(Modules.Select(NameOf));
    public static TheoryData<string> ContractNames => new(Contracts.Select(NameOf));

    [Fact]
    public void The_assemblies_under_test_include_every_kind()
    {
        Assert.Contains(All, a => NameOf(a) == "Platform.SharedKernel");
        Assert.Contains(All, a => NameOf(a) == "Platform.Web");
        Assert.NotEmpty(Modules);
        Assert.NotEmpty(Contracts);
    }

    [Fact]
    public void SharedKernel_depends_on_no_other_platform_assembly() =>
        BoundaryRules.MustNotDependOn(Named("Platform.SharedKernel"), All.Select(NameOf).Where(n => n != "Platform.SharedKernel"),
            "the shared kernel is pure value types and calendars");

    [Fact]
    public void SharedKernel_does_no_database_or_web_io() =>
        BoundaryRules.MustNotDependOn(Named("Platform.SharedKernel"), ["System.Data", "Microsoft.Data", "Npgsql", "System.Net.Http", "Microsoft.AspNetCore", "Akka"],
            "the shared kernel is pure");

    [Fact]
    public void Analytics_depends_only_on_the_shared_kernel() =>
        BoundaryRules.MustNotDependOn(Named("Platform.Analytics"), All.Select(NameOf).Where(n => n is not ("Platform.Analytics" or "Platform.SharedKernel")),
            "the pricing library is pure and every module may use it");

    [Fact]
    public void Analytics_does_no_io() =>
        BoundaryRules.MustNotDependOn(Named("Platform.Analytics"), ["System.IO", "System.Data", "Microsoft.Data", "Npgsql", "System.Net", "Microsoft.AspNetCore", "Akka", "Dapper"],
            "the pricing library has no IO");

    [Theory]
    [InlineData("Platform.Workflows.Definitions")]
    [InlineData("Platform.Workflows.Expressions")]
    public void Workflow_definitions_and_expressions_are_pure(string ns) =>
        BoundaryRules.NamespaceMustNotDependOn(Named("Platform.Workflows"), ns,
            ["System.Data", "Microsoft.Data", "Npgsql", "System.Net", "Microsoft.AspNetCore", "Akka", "Dapper", "System.Reflection.Emit"],
            "a definition is parsed and validated from its XML alone, and an expression evaluates over variables only");

    [Fact]
    public void BuildingBlocks_knows_no_module_provider_host_or_portal() =>
        BoundaryRules.MustNotDependOn(Named("Platform.BuildingBlocks"),
            ModuleImplementations.Concat(Contracts.Select(NameOf)).Concat(All.Where(IsDataProvider).Select(NameOf)).Append("Platform.Host").Append("Platform.Web"),
            "building blocks serve every module and so may name none");

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_module_does_not_reach_into_another_modules_implementation(string module) =>
        BoundaryRules.MustNotDependOn(Named(module), Modules.Where(m => NameOf(m) != module).SelectMany(BoundaryRules.TypesOf).Append("Platform.Host").Append("Platform.Web"),
            "modules meet only through each other's Contracts");

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_module_does_not_depend_on_a_particular_database_provider(string module) =>
        BoundaryRules.MustNotDependOn(Named(module), All.Where(IsDataProvider).Select(NameOf).Concat(["Npgsql", "Microsoft.Data.Sqlite"]),
            "SQL that differs by database lives in the dialect");

    [Theory, MemberData(nameof(ContractNames))]
    public void Contracts_depend_on_no_implementation_and_carry_no_actor_reference(string contracts) =>
        BoundaryRules.MustNotDependOn(Named(contracts),
            ModuleImplementations.Concat(All.Where(IsDataProvider).Select(NameOf)).Concat(["Platform.Host", "Platform.Web", "Akka.Actor", "Dapper"]),
            "contracts hold DTOs, commands, queries and events only");

    [Fact]
    public void The_portal_sees_modules_only_through_their_contracts() =>
        BoundaryRules.MustNotDependOn(Named("Platform.Web"),
            ModuleImplementations.Concat(All.Where(IsDataProvider).Select(NameOf)).Concat(["Platform.Host", "Dapper", "Akka.Actor"]),
            "pages call module facades, never their tables or actors");

    [Theory, MemberData(nameof(AllNames))]
    public void Data_providers_are_named_only_by_the_host(string assembly)
    {
        if (assembly == "Platform.Host" || assembly.StartsWith("Platform.Data.", StringComparison.Ordinal)) return;
        BoundaryRules.MustNotDependOn(Named(assembly), All.Where(IsDataProvider).Select(NameOf), "the host alone chooses the database");
    }
}
