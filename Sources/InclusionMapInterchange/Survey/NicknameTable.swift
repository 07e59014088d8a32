import Foundation

/// Given names and their nicknames (Bob → Robert, Liz → Elizabeth, Bill → William or Robert,
/// Kate → Catherine or Katherine, Mo → Mohammed …), for matching a nominated name to a roster
/// name written the other way.
///
/// The table is Carlton Northern and Nick Crews's hand-curated list of English given names and
/// nicknames (<https://github.com/carltonnorthern/nicknames>, Apache License 2.0; 2,691 pairs),
/// shipped unchanged as a resource with its licence, plus InclusionMap's own additions for
/// names it lacks (`Resources/nicknames/SOURCE.md`). Names are compared as ``PersonName``
/// tokens (lower case, accents folded). Lookups are O(1).
public struct NicknameTable: Sendable {
    /// Each name → the names it may stand for or be written as (never itself).
    private let equivalents: [String: Set<String>]

    /// The table shipped with InclusionMap.
    public static let shipped: NicknameTable = {
        var pairs: [(String, String)] = []
        for file in ["names", "additions"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "csv", subdirectory: "nicknames"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard fields.count == 3, fields[1] == "has_nickname", !fields[0].isEmpty, !fields[2].isEmpty else { continue }
                pairs.append((fields[0], fields[2]))
            }
        }
        return NicknameTable(pairs: pairs)
    }()

    /// A table of (given name, nickname) pairs.
    public init(pairs: [(name: String, nickname: String)]) {
        var equivalents: [String: Set<String>] = [:]
        for (name, nickname) in pairs where name != nickname {
            equivalents[nickname, default: []].insert(name)
            equivalents[name, default: []].insert(nickname)
        }
        self.equivalents = equivalents
    }

    /// The names `name` may stand for (a nickname's full names) or be written as (a full
    /// name's nicknames), lower case; empty when the table does not know it.
    public func equivalents(of name: String) -> Set<String> {
        equivalents[name.lowercased()] ?? []
    }

    /// The number of names the table knows.
    public var count: Int { equivalents.count }
}
