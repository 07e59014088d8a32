/// Where a layout put each node and each box: what pins the maps of several waves to the
/// same positions, so an actor present in two waves is in the same place in both pictures.
///
/// Coordinates are Graphviz points (1/72 inch), y upwards, as `pos` and `bb` take them.
public struct Layout: Sendable, Hashable, Codable {
    /// A node's centre.
    public struct Point: Sendable, Hashable, Codable {
        public var x: Double, y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A box: lower-left and upper-right corners.
    public struct Box: Sendable, Hashable, Codable {
        public var minX: Double, minY: Double, maxX: Double, maxY: Double
        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        /// As Graphviz's `bb` attribute: "llx,lly,urx,ury".
        var attribute: String { [minX, minY, maxX, maxY].map { String(format: "%.2f", $0) }.joined(separator: ",") }
    }

    /// Each node's centre, by node name (an actor's id on a map).
    public var positions: [String: Point]
    /// Each box's corners, by the box's `id` attribute (`group-housing` on a map).
    public var boxes: [String: Box]
    /// The whole drawing's bounding box.
    public var boundingBox: Box

    /// Creates a layout.
    public init(positions: [String: Point], boxes: [String: Box], boundingBox: Box) {
        self.positions = positions
        self.boxes = boxes
        self.boundingBox = boundingBox
    }
}

import Foundation
