/// A change to try on a map before making it for real.
public enum WhatIfChange: Hashable, Sendable {
    /// A collective reflection space: an engagement that brings these actors together,
    /// taken as a tie between every pair of them (relation ``spaceRelation``) and, on a map
    /// that records engagements, as one more engagement they attend (``spaceEngagement``).
    case reflectionSpace([String])
    /// New ties between pairs of actors (relation ``tieRelation``).
    case ties([Pair])
    /// An actor leaves, with all their ties.
    case removal(String)

    /// Two actor ids.
    public struct Pair: Hashable, Sendable {
        /// One end.
        public var first: String
        /// The other end.
        public var second: String

        /// A pair of actor ids.
        public init(_ first: String, _ second: String) {
            self.first = first
            self.second = second
        }
    }

    /// The relation of ties a reflection space adds.
    public static let spaceRelation = "reflection space"
    /// The relation of ties added one by one.
    public static let tieRelation = "new tie"
    /// The id of the engagement a reflection space adds to a map that records engagements
    /// (lengthened with hyphens if the map has one of that id).
    public static let spaceEngagement = "what-if-space"

    /// The actors the change touches: a space's members, a new tie's ends, the one who leaves.
    public var involvedActors: Set<String> {
        switch self {
        case .reflectionSpace(let ids): Set(ids)
        case .ties(let pairs): Set(pairs.flatMap { [$0.first, $0.second] })
        case .removal(let id): [id]
        }
    }

    /// The relations the change adds, so a view restricted to some relations still sees them.
    var addedRelations: Set<String> {
        switch self {
        case .reflectionSpace: [Self.spaceRelation]
        case .ties: [Self.tieRelation]
        case .removal: []
        }
    }

    /// `map` with the change made.
    ///
    /// - Throws: ``WhatIfError`` when an actor is unknown, a space has fewer than two
    ///   distinct actors, or a tie joins an actor to itself.
    public func applied(to map: StakeholderMap) throws(WhatIfError) -> StakeholderMap {
        var changed = map
        func check(_ id: String) throws(WhatIfError) {
            guard map.actor(withID: id) != nil else { throw .unknownActor(id) }
        }
        switch self {
        case .reflectionSpace(let ids):
            var members: [String] = []
            for id in ids where !members.contains(id) {
                try check(id)
                members.append(id)
            }
            guard members.count >= 2 else { throw .spaceTooSmall(members.count) }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    changed.ties.append(Tie(source: a, target: b, relation: Self.spaceRelation))
                }
            }
            // On a map that records engagements, the space is one more, the latest, that its
            // members attend: it counts as use, as it will once held.
            if !map.engagements.isEmpty {
                var id = Self.spaceEngagement
                while map.engagement(withID: id) != nil { id += "-" }
                try? changed.addEngagement(Engagement(id: id, name: "reflection space (what-if)", date: map.engagements.compactMap(\.date).max()))
                for member in members { try? changed.recordAttendance(Attendance(engagement: id, actor: member)) }
            }
        case .ties(let pairs):
            guard !pairs.isEmpty else { throw .noChange }
            for pair in pairs {
                try check(pair.first)
                try check(pair.second)
                guard pair.first != pair.second else { throw .tieToSelf(pair.first) }
                changed.ties.append(Tie(source: pair.first, target: pair.second, relation: Self.tieRelation))
            }
        case .removal(let id):
            try check(id)
            _ = try? changed.removeActor(withID: id)
        }
        return changed
    }
}

/// Why a what-if change cannot be made.
public enum WhatIfError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No actor has the id.
    case unknownActor(String)
    /// A reflection space needs at least two distinct actors.
    case spaceTooSmall(Int)
    /// A tie from an actor to itself changes nothing.
    case tieToSelf(String)
    /// No tie was given.
    case noChange

    public var description: String {
        switch self {
        case .unknownActor(let id): "no actor has the id \"\(id)\""
        case .spaceTooSmall(let count): "a reflection space needs at least two distinct actors, not \(count)"
        case .tieToSelf(let id): "a tie from \"\(id)\" to itself changes nothing"
        case .noChange: "no tie was given"
        }
    }
}
