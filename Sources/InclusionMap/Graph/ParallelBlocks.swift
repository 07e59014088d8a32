import Foundation

/// Runs work over `0..<count` in a fixed number of contiguous blocks on up to `threads`
/// threads, and returns each block's result in block order.
///
/// The blocks depend only on `count` and `blockCount`, never on the number of threads, so a
/// caller that reduces the results in block order gets bit-identical output whatever the
/// thread count.
enum ParallelBlocks {
    /// The number of threads to use when a caller does not say: every active core.
    static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func map<Result: Sendable>(
        count: Int, blockCount: Int, threads: Int?,
        _ body: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        let blocks = max(1, min(blockCount, count))
        let ranges = (0..<blocks).map { block in
            (count * block / blocks)..<(count * (block + 1) / blocks)
        }
        let workers = max(1, min(threads ?? defaultThreads, blocks))
        if workers == 1 { return ranges.map(body) }
        let results = ResultSlots<Result>(count: blocks)
        let next = NextBlock()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let block = next.take(below: blocks) {
                results.store(body(ranges[block]), at: block)
            }
        }
        return results.values
    }
}

/// Hands out block numbers one at a time to competing threads.
private final class NextBlock: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}

/// One slot per block; each slot is written by exactly one thread, then read after all finish.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
