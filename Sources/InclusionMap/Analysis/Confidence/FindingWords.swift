/// A finding's confidence in words, the same in every table and the report.
///
/// The share is the share of resampled maps in which the finding still holds: how stable it is
/// under the imperfections ``Perturbation`` simulates, not the probability that it is true.
/// On planted organisations (`Scripts/bench/CALIBRATION.md`) findings stated at 90% or above
/// held 100% of the time on clean data, and findings between 50% and 90% held 100% on clean
/// data but only 29–52% when a tenth or a fifth of the ties were replaced at random — so only
/// the top band is given as a percentage:
///
/// - ``Band/sure`` (at least ``sureShare``): "an under-used broker in 94% of resampled maps
///   (rank 1–3)";
/// - ``Band/uncertain`` (from ``fragileShare`` to ``sureShare``): "an under-used broker,
///   uncertain: it holds in some resampled maps and not in others (rank 2–9)";
/// - ``Band/fragile`` (below ``fragileShare``): the percentage and "fragile".
public enum FindingWords {
    /// How a share of resampled maps is worded.
    public enum Band: String, Hashable, Sendable, CaseIterable {
        /// Holds in at least ``FindingWords/sureShare`` of resampled maps.
        case sure
        /// Holds in some resampled maps and not in others.
        case uncertain
        /// Holds in fewer than ``FindingWords/fragileShare`` of them.
        case fragile
    }

    /// The share from which a finding is given as a percentage: 0.9.
    public static let sureShare = 0.9
    /// The share below which a finding is called fragile: 0.5.
    public static let fragileShare = 0.5

    /// The band of `share`.
    public static func band(_ share: Double) -> Band {
        share >= sureShare ? .sure : share >= fragileShare ? .uncertain : .fragile
    }

    /// A share as a whole percentage.
    public static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A broker finding: under-used (when engagements are recorded) or structural.
    public static func broker(_ id: String, confidence: FindingConfidence, underUsed: Bool) -> String {
        let share = underUsed ? confidence.underUsedShare(of: id) : confidence.structuralShare(of: id)
        var rank = ""
        if let stability = confidence.brokers[id] {
            rank = stability.rankLow == stability.rankHigh ? " (rank \(stability.rankLow))" : " (rank \(stability.rankLow)–\(stability.rankHigh))"
        }
        return finding(underUsed ? "an under-used broker" : "a structural broker", share: share, rank: rank)
    }

    /// A usual-suspect finding.
    public static func usualSuspect(_ id: String, confidence: FindingConfidence) -> String {
        finding("a usual suspect", share: confidence.usualSuspectShare(of: id))
    }

    /// A single point of failure.
    public static func singlePoint(_ share: Double) -> String {
        finding("still hangs on them (or is cut off)", share: share)
    }

    /// A share in words, as a cell of a table: "94%", "uncertain" or "31%, fragile".
    public static func cell(_ share: Double) -> String {
        switch band(share) {
        case .sure: percent(share)
        case .uncertain: "uncertain"
        case .fragile: "\(percent(share)), fragile"
        }
    }

    /// `what` with its confidence: a percentage when sure, "uncertain" in the middle band, a
    /// percentage and "fragile" below it; `rank` after the words.
    static func finding(_ what: String, share: Double, rank: String = "") -> String {
        switch band(share) {
        case .sure: "\(what) in \(percent(share)) of resampled maps\(rank)"
        case .uncertain: "\(what), uncertain: it holds in some resampled maps and not in others\(rank)"
        case .fragile: "\(what) in \(percent(share)) of resampled maps\(rank)" + fragile(share)
        }
    }

    /// " — fragile: …" when `share` is under ``fragileShare``.
    public static func fragile(_ share: Double) -> String {
        share < fragileShare ? "; fragile: it rests on ties or records a survey can easily miss" : ""
    }
}
