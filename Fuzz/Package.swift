// swift-tools-version:6.1
// libFuzzer harnesses for every reader: a separate package so the main build and tests never
// compile them with the fuzzer and AddressSanitizer. Scripts/fuzz builds and runs them.
import PackageDescription

let package = Package(
    name: "InclusionMapFuzz",
    dependencies: [.package(name: "InclusionMap", path: "..")],
    targets: [
        .executableTarget(
            name: "inclusion-map-fuzz",
            dependencies: [
                .product(name: "InclusionMap", package: "InclusionMap"),
                .product(name: "InclusionMapInterchange", package: "InclusionMap"),
                .product(name: "InclusionMapRegister", package: "InclusionMap"),
            ]
        ),
    ]
)
