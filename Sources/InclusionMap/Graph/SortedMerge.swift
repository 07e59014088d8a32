/// Operations on two increasing runs of node indices.
enum SortedMerge {
    /// |a ∪ b| for increasing runs. O(|a| + |b|).
    static func unionCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { i += 1; j += 1 }
            count += 1
        }
        return count + (a.endIndex - i) + (b.endIndex - j)
    }

    /// |a ∩ b| for increasing runs. O(|a| + |b|).
    static func intersectionCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { count += 1; i += 1; j += 1 }
        }
        return count
    }

    /// Calls `body(k, positionInA, positionInB)` for each k in both runs, in increasing order.
    static func forEachCommon(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, _ body: (Int32, Int, Int) -> Void) {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { body(a[i], i, j); i += 1; j += 1 }
        }
    }

    /// a ∪ b as an increasing array.
    static func union(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] { result.append(a[i]); i += 1 } else if a[i] > b[j] { result.append(b[j]); j += 1 } else { result.append(a[i]); i += 1; j += 1 }
        }
        result += a[i...]
        result += b[j...]
        return result
    }
}
