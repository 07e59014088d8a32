import Foundation
import InclusionMap

/// Progress on standard error, one line rewritten in place, only when standard error is a
/// terminal (quiet in a pipe or a file): the step in a few words and, while a counted step
/// runs, a bar with the counts and the time left, as
///
///     … resampling 100 maps for confidence  ███████░░░░░░░░░░░░░  37/100 · 0:42 left
///
/// The time left is the time per part so far times the parts to go. A count of more than 200
/// parts is redrawn at most ten times a second, so workers on every core can report without
/// slowing down.
final class ProgressBar: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var words = ""
    private var shown = false
    private var stepStarted = Date()
    /// When the current count began (the start of the step that first reported it), and its
    /// total: a count that runs across steps (one per measure) keeps its origin.
    private var counting: (since: Date, total: Int)?
    private var lastDrawn = Date.distantPast
    private var lastDone = 0

    /// The reporter to hand to the library.
    var reporter: ProgressReporter {
        ProgressReporter(step: { [self] in step($0) }, advance: { [self] in advance($0, of: $1) })
    }

    /// Starts a step.
    func step(_ words: String) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        self.words = words
        stepStarted = Date()
        draw("… " + words + (counting.map { "  " + Self.bar(done: lastDone, total: $0.total, elapsed: stepStarted.timeIntervalSince($0.since)) } ?? ""))
    }

    /// `done` of `total` parts of the current step are finished.
    func advance(_ done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if counting?.total != total { counting = (stepStarted, total) }
        lastDone = done
        // A count of a few hundred parts at most is drawn part by part; a longer one at most
        // ten times a second.
        guard total <= 200 || done >= total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        draw("… \(words)  " + Self.bar(done: done, total: total, elapsed: now.timeIntervalSince(counting!.since)))
    }

    /// Clears the line.
    func finish() {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        counting = nil
        guard shown else { return }
        Console.control("\r\u{1B}[K")
        shown = false
    }

    /// The bar, the counts and the time left, such as `███░░  3/5 · 0:12 left`.
    static func bar(done: Int, total: Int, elapsed: TimeInterval, width: Int = 20) -> String {
        let done = min(max(done, 0), total)
        let filled = total == 0 ? width : width * done / total
        var text = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "  \(done)/\(total)"
        if done > 0, done < total {
            let left = Int((elapsed / Double(done) * Double(total - done)).rounded())
            text += String(format: " · %d:%02d left", left / 60, left % 60)
        }
        return text
    }

    private func draw(_ line: String) {
        Console.control("\r\u{1B}[K" + TerminalText.escapedCell(line))
        shown = true
    }
}
