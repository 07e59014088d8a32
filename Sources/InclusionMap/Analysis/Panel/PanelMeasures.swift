/// The measures on which two panels are compared side by side: the suggested panel and the
/// usual one (the most frequent attendees).
public struct PanelMeasures: Hashable, Sendable {
    /// Panel members.
    public var size: Int
    /// Groups with a member on the panel, and groups on the map.
    public var groupsCovered: Int, groupCount: Int
    /// Sectors with a member on the panel, and sectors on the map.
    public var sectorsCovered: Int, sectorCount: Int
    /// Borgatti's distance-weighted reach of the panel on the symmetrised view
    /// (``NetworkIndex/distanceWeightedReach(of:)``), 0 to 1.
    public var reach: Double
    /// Members who are under-used brokers (``BrokerFinder/underUsed``).
    public var underUsedBrokers: Int
    /// Members who have never attended an engagement.
    public var newVoices: Int
    /// Members who are usual suspects (``UsualSuspects/usualSuspects``).
    public var usualSuspects: Int

    init(panel: [String], map: StakeholderMap, reachIndex: NetworkIndex, grouping: Grouping, underUsed: Set<String>, usual: Set<String>, history: EngagementHistory) {
        let actors = panel.compactMap(map.actor(withID:))
        let nodes = panel.compactMap(reachIndex.node(of:))
        size = panel.count
        groupsCovered = Set(nodes.compactMap { grouping.name(ofNode: $0) }).count
        groupCount = grouping.groupCount
        sectorsCovered = Set(actors.compactMap { $0.value(ofColumn: "sector") }).count
        sectorCount = Set(map.actors.compactMap { $0.value(ofColumn: "sector") }).count
        reach = reachIndex.distanceWeightedReach(of: nodes)
        underUsedBrokers = panel.filter(underUsed.contains).count
        newVoices = panel.filter { history.attendances(of: $0) == 0 }.count
        usualSuspects = panel.filter(usual.contains).count
    }
}
