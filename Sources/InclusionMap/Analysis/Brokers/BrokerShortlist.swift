/// The under-used brokers to invite first: a list short enough to act on.
///
/// ``BrokerFinder/underUsed`` holds every structural broker who is rarely in the room — a
/// tenth of a large organisation (845 people at 10,000 actors), too many to invite. The
/// shortlist keeps those that pass four rules, ordered by how many other groups they reach
/// through two or more people, then by score:
///
/// 1. **Reach that survives one tie**: tied to at least ``minimumContactsInAGroup`` (two)
///    distinct people of some other group (``BrokerFinder/Measures/groupsReachedTwice``).
///    A percentile rank saturates at the top of a large map: someone with one tie into each
///    of three departments and someone with two or three colleagues in each are both in the
///    top hundredth of every measure. Only the second still bridges when one tie turns out
///    to be misreported, and under random tie noise a chance tie almost never lands twice
///    in the same group. The same reason orders the list: a broker with colleagues in three
///    groups comes before one with colleagues in one, whatever their scores, since the score
///    cannot tell them apart at the top of a large map (figures in `Scripts/bench/BROKERS.md`);
/// 2. **An absolute floor**: potential at least ``minimumPotential`` (0.8, a mean percentile
///    rank of 80 over the four measures), so a broker is strong on the measures themselves and
///    not only in the top tenth of a weak field;
/// 3. **A gap**: taken by potential, highest first, the brokers after the first drop of more
///    than ``maximumGap`` (0.1, a tenth of the scale) are left out: that is where the ranking
///    separates the clear brokers from the rest. (The gap is read on potential, not on the
///    score, because the score also carries use, and a use of up to a quarter alone moves it
///    by that much.)
/// 4. **A cap**: at most ``cap`` people, by default the number of groups — about one
///    go-between per group to be joined — but never more than ``maximumLength`` (15), the
///    most a reflection space or panel can hold: at 10,000 actors in 68 groups the list was
///    40 to 68 names long, not one a facilitator can act on (figures in
///    `Scripts/bench/BROKERS.md`). The rest stay in the full ranking.
///
/// The whole ranking stays in ``BrokerFinder/candidates`` (and the command line's CSV and
/// JSON); the shortlist only says where to start.
///
/// - Complexity: O(u log u) for u under-used brokers.
public struct BrokerShortlist: Hashable, Sendable {
    /// The lowest potential a shortlisted broker may have: 0.8.
    public static let minimumPotential = 0.8
    /// The largest drop in potential between consecutive shortlisted brokers: 0.1.
    public static let maximumGap = 0.1
    /// The fewest distinct people of one other group a shortlisted broker is tied to: 2.
    public static let minimumContactsInAGroup = 2
    /// The longest the list is by default, whatever the number of groups: 15.
    public static let maximumLength = 15

    /// The most brokers the list may hold.
    public let cap: Int
    /// The shortlisted brokers: most groups reached through two or more people first
    /// (``BrokerFinder/Measures/groupsReachedTwice``), then highest score.
    public let brokers: [BrokerFinder.Candidate]
    /// Why the list ends where it does, in words ("the cap of 8").
    public let ending: String

    /// The shortlist of `finder`'s under-used brokers, at most `cap` long (default: the
    /// number of groups, at most ``maximumLength``).
    public init(_ finder: BrokerFinder, cap: Int? = nil) {
        let cap = max(1, cap ?? min(finder.grouping.groupCount, Self.maximumLength))
        self.cap = cap
        let underUsed = finder.underUsed
        let robust = underUsed.filter { !$0.measures.groupsReachedTwice.isEmpty }
        let strong = robust.filter { $0.potential >= Self.minimumPotential }
        var ending = strong.count < robust.count ? "potential below \(Self.minimumPotential)" : "the end of the under-used brokers"
        // The potential at and above which brokers come before the first wide gap.
        let potentials = strong.map(\.potential).sorted(by: >)
        var floor = potentials.last ?? 1
        for (higher, lower) in zip(potentials, potentials.dropFirst()) where higher - lower > Self.maximumGap {
            floor = higher
            ending = "a drop in potential of more than \(Self.maximumGap)"
            break
        }
        // Robust reach first: more groups reached through two or more people, then score.
        var kept = strong.enumerated().filter { $0.element.potential >= floor }.sorted {
            let (a, b) = ($0.element.measures.groupsReachedTwice.count, $1.element.measures.groupsReachedTwice.count)
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
        if kept.count > cap {
            kept = Array(kept.prefix(cap))
            ending = "the cap of \(cap)"
        }
        brokers = kept
        self.ending = ending
    }
}

extension BrokerFinder {
    /// The under-used brokers to invite first (``BrokerShortlist``), at most one per group.
    public var shortlist: BrokerShortlist { BrokerShortlist(self) }
}
