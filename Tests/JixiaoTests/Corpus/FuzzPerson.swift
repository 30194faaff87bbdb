/// One person in ``FuzzPage``.
struct FuzzPerson: Sendable {
    let name: String
}
