import Foundation

/// The datasets that ship inside the library, ready to read from any working directory.
public enum BundledDataset: String, CaseIterable, Sendable {
    /// Rivertown: an illustrative, fictional stakeholder map of a council's school-readiness
    /// co-production programme (111 actors, 16 groups, 8 engagements). Every name in it is
    /// invented. Its story is told in `Datasets/rivertown/README.md`.
    case rivertown

    /// The folder that holds the dataset's CSV files.
    public var url: URL {
        // The resource is declared in Package.swift, so the bundle always has it.
        Bundle.module.url(forResource: rawValue, withExtension: nil)!
    }

    /// Reads the dataset.
    public func read() throws(DatasetError) -> StakeholderMap {
        try DatasetFolder(url: url).read()
    }
}
