import Foundation

/// Counts the parts of a step finished by several threads and tells a ``ProgressReporter``
/// each time one is: `advance(done, total)` with the running count.
final class PartCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let progress: ProgressReporter

    init(total: Int, progress: ProgressReporter) {
        self.total = total
        self.progress = progress
    }

    /// One more part is finished.
    func finishOne() {
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        progress.advance(now, total)
    }
}
