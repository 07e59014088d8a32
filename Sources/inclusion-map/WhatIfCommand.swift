import ArgumentParser
import Foundation
import InclusionMap

struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Try a change before making it: a reflection space, new ties, or someone leaving.",
        discussion: CommandExamples.discussion("""
            Reports before and after: the network E-I index, how many groups each group can \
            reach within two steps, distance-weighted fragmentation (Borgatti's KPP-Neg) of the \
            whole map and between groups, unlinked group pairs and single points of failure. \
            Then suggests the new ties between existing actors that would most reduce \
            fragmentation between groups. Direction is ignored: the question is who is linked.
            """, examples: [
                ("What a reflection space of three people would change:", "inclusion-map whatif --space eh07,ho02,fa01"),
                ("Two new ties:", "inclusion-map whatif --add-tie eh07:sc03 --add-tie ho02:vc01"),
                ("If one person left, and the 3 ties that would best repair it:", "inclusion-map whatif --remove eh07 --suggest 3"),
            ])
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var input: MapInput

    @Option(name: .customLong("space"), help: ArgumentHelp("A reflection space joining these actor ids (\(ListOption.note)): ph01,eh07,ho02.", valueName: "id"))
    var spaceArguments: [String] = []

    @Option(name: .customLong("add-tie"), help: ArgumentHelp("New ties A:B between two actor ids (\(ListOption.note)).", valueName: "a:b"))
    var addTies: [String] = []

    @Option(help: "An actor id to remove, with their ties.")
    var remove: String?

    @OptionGroup var grouping: GroupOption

    /// The group column (`--group`).
    private var group: String { grouping.column }

    @Option(name: .customLong("relation"), help: ArgumentHelp("A relation to include (\(ListOption.note); default all).", valueName: "relation"))
    var relationArguments: [String] = []
    var relations: [String] { ListOption.items(relationArguments) }

    @Option(help: "How many new cross-group ties to suggest.")
    var suggest = 3

    @Option(help: "table for people, json for programs.")
    var format: Format = .table

    func validate() throws {
        let given = [!spaceArguments.isEmpty, !addTies.isEmpty, remove != nil].filter { $0 }.count
        if given != 1 { throw ValidationError("Give exactly one change: --space, --add-tie (repeatable) or --remove.") }
        if suggest < 0 { throw ValidationError("--suggest must be 0 or more.") }
        for tie in ListOption.items(addTies) where tie.split(separator: ":", omittingEmptySubsequences: false).count != 2 {
            throw ValidationError("--add-tie \"\(tie)\": expected two actor ids joined by a colon, like ph01:eh07.")
        }
    }

    /// The change asked for, with ids as they are on the masked map.
    func change(on loaded: LoadedMap) -> WhatIfChange {
        if !spaceArguments.isEmpty { return .reflectionSpace(loaded.resolve(ListOption.items(spaceArguments))) }
        if let remove { return .removal(loaded.resolve(remove)) }
        return .ties(ListOption.items(addTies).map { tie in
            let ends = loaded.resolve(tie.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) })
            return WhatIfChange.Pair(ends[0], ends[1])
        })
    }

    func run() throws {
        let source = input.source
        var loaded = try source.load()
        try loaded.useGroupColumn(group, option: "--group")
        let map = loaded.map
        try RelationChoice.check(relations, in: map)
        let options = NetworkIndex.Options(relations: relations.isEmpty ? nil : Set(relations))
        let result: WhatIf
        do {
            result = try WhatIf(map: map, change: change(on: loaded), options: options, column: group, suggestions: suggest)
        } catch {
            throw AnalysisFailure.reported(error, command: "whatif")
        }
        let text = WhatIfText(result: result, map: map, source: source.displayName, column: group)
        for warning in text.warnings { Console.error("warning: " + warning) }
        switch format {
        case .table: Console.text(text.text, terminator: "")
        case .json: try Console.json(encoding: WhatIfRecord(result, map: map))
        }
    }
}
