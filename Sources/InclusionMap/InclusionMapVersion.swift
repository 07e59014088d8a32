/// The version of InclusionMap, written into reports so a reader can reproduce them.
public enum InclusionMapVersion {
    /// The version as `major.minor.patch` (semantic versioning).
    public static let current = "0.2.0"
}
