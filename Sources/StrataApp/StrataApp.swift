// The application layer: every use case the faces (the CLI, a server, an agent) offer, as plain
// methods on `StrataStore`, with one error type and `Codable` results.
//
// The value types a face renders live in the core, read-side, advisory and interop modules; they
// are re-exported so a face imports this module alone. Faces never reach the log itself: the
// store's `log` is visible only to tools that import the `Tools` SPI (the benchmark, the harness).
@_exported import Strata
@_exported import StrataAdvisor
@_exported import StrataInterop
@_exported import StrataJSON
@_exported import StrataProfile
@_exported import StrataProjections
