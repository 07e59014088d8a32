import InclusionMap

/// The communities a report groups by when it is asked for ``Grouping/louvainColumn`` and no
/// actor has such a column: detected once, on the reported map, and written into each actor's
/// `louvain` column.
///
/// Every analysis of the report then reads the same groups: the silo measures, the brokers,
/// the panel, the maps, and the resampled maps of the confidence section, which keep the
/// observed communities instead of detecting new ones in each resample (the question there is
/// whether a finding survives missing ties, not whether Louvain finds the same partition; and
/// one detection instead of a hundred is what keeps a 100,000-actor report to minutes).
struct CommunityColumn: Sendable {
    /// Community name by actor id.
    let communityOfActor: [String: String]

    /// Detects the communities of `map`'s view `options` with Louvain seeded with `seed`
    /// (``NetworkIndex/louvainCommunities(resolution:seed:threshold:)``), or `nil` when
    /// `column` is not ``Grouping/louvainColumn`` or an actor already holds that column.
    init?(column: String, map: StakeholderMap, options: NetworkIndex.Options, seed: UInt64) {
        guard column == Grouping.louvainColumn, !map.actors.contains(where: { $0.value(ofColumn: column) != nil }) else { return nil }
        let index = NetworkIndex(map, options: options)
        let grouping = index.louvainCommunities(seed: seed)
        var communities: [String: String] = [:]
        for (node, id) in index.actorIDs.enumerated() {
            let group = grouping.groupOfNode[node]
            if group >= 0 { communities[id] = grouping.names[Int(group)] }
        }
        communityOfActor = communities
    }

    /// `map` with each detected actor's community in its `louvain` column.
    func applied(to map: StakeholderMap) -> StakeholderMap {
        var labelled = map
        for var actor in map.actors {
            guard let community = communityOfActor[actor.id] else { continue }
            actor.attributes[Grouping.louvainColumn] = community
            // The actor is one of the map's own: the update cannot fail.
            try? labelled.updateActor(actor)
        }
        return labelled
    }
}
