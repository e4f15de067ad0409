/// A change a configuration file makes to the key map: a key bound to an action in a context
/// (nil: the key unbound there).
public struct KeyRebinding: Sendable, Equatable {
    /// Where the key is bound.
    public var context: KeyContext
    /// The key.
    public var key: Key
    /// What it does; nil when it does nothing there any more.
    public var action: Action?

    /// Binds `key` to `action` in `context` (nil: unbinds it).
    public init(_ key: Key, to action: Action?, in context: KeyContext) {
        self.context = context
        self.key = key
        self.action = action
    }
}

extension KeyMap {
    /// The key map with `changes` made, in order. A key bound in a context loses the binding
    /// it had there and joins the binding of its new action in that context (keeping the help
    /// overlay's order and words), or starts one at the end of the context's bindings, with
    /// the words of the action's own binding. A key bound to the action it already has stays
    /// where it is. A binding left without keys stays in its place, keyless, so that a key
    /// bound to its action later (a configuration read back) joins it there.
    public func rebinding(_ changes: [KeyRebinding]) -> KeyMap {
        var bindings = self.bindings
        for change in changes {
            let current = bindings.firstIndex { $0.context == change.context && $0.keys.contains(change.key) }
            if let current, bindings[current].action == change.action { continue }
            if let current { bindings[current].keys.removeAll { $0 == change.key } }
            guard let action = change.action else { continue }
            if let joined = bindings.firstIndex(where: { $0.context == change.context && $0.action == action }) {
                bindings[joined].keys.append(change.key)
            } else {
                let standard = KeyMap.standard.bindings
                let own = standard.first { $0.action == action && $0.context == change.context } ?? standard.first { $0.action == action }
                let description = own?.description ?? ""
                let last = bindings.lastIndex { $0.context == change.context } ?? bindings.count - 1
                bindings.insert(KeyBinding([change.key], action, description, in: change.context), at: last + 1)
            }
        }
        return KeyMap(bindings)
    }

    /// Each context's keys and what they do, in the help overlay's order (for `folio config`).
    public func assignments(in context: KeyContext) -> [(key: Key, action: Action)] {
        bindings.filter { $0.context == context }.flatMap { binding in binding.keys.map { ($0, binding.action) } }
    }
}
