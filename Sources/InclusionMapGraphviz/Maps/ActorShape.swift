/// The node shape of an actor, by the value of the shape column (``MapOptions/shapeColumn``).
enum ActorShape {
    /// Shapes of the actor kinds in the dataset format.
    static let known: [String: String] = [
        "person": "ellipse", "team": "box", "organisation": "hexagon", "group": "octagon",
    ]
    /// Shapes given out, in order, to other values.
    static let others = ["ellipse", "box", "diamond", "hexagon", "octagon", "invtriangle", "house"]

    /// A shape for each value: the kinds' own shapes, others in order of first sorted use.
    static func assign(values: [String]) -> [String: String] {
        var shapes: [String: String] = [:]
        var next = 0
        for value in Set(values).sorted() {
            if let shape = known[value.lowercased()] {
                shapes[value] = shape
            } else {
                shapes[value] = others[next % others.count]
                next += 1
            }
        }
        return shapes
    }
}
