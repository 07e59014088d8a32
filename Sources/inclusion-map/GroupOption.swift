import ArgumentParser

/// `--group`: the actor column that defines the groups, one option with one help text for every
/// command that groups actors by a column with department as the default (audit, brokers,
/// compare, silos, suggest, whatif). `louvain` groups by detected communities.
struct GroupOption: ParsableArguments {
    @Option(name: .customLong("group"), help: ArgumentHelp(
        "The actor column that defines the groups: department, organisation, sector or any other; louvain for detected communities.",
        valueName: "group"))
    var column = "department"
}
