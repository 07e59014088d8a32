// swift-tools-version:6.1
// The InclusionMap side of the benchmark: a separate package so the main build and tests
// never compile it. Scripts/bench/run builds it in release mode.
import PackageDescription

let package = Package(
    name: "InclusionMapBench",
    dependencies: [.package(name: "InclusionMap", path: "../..")],
    targets: [
        .executableTarget(
            name: "inclusion-map-bench",
            dependencies: [.product(name: "InclusionMap", package: "InclusionMap")]
        ),
        .executableTarget(
            name: "inclusion-map-read-bench",
            dependencies: [
                .product(name: "InclusionMap", package: "InclusionMap"),
                .product(name: "InclusionMapInterchange", package: "InclusionMap"),
            ]
        ),
        .executableTarget(
            name: "inclusion-map-register-bench",
            dependencies: [
                .product(name: "InclusionMap", package: "InclusionMap"),
                .product(name: "InclusionMapRegister", package: "InclusionMap"),
            ]
        ),
    ]
)
