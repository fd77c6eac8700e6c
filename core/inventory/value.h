// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::inventory {

/** Where something was written: a file and a 1-based line and column (0 when unknown). */
struct Source
{
    std::string file;
    int line = 0;
    int column = 0;

    /** "file:line:column", "file:line" or "file", whatever is known. */
    [[nodiscard]] std::string toString() const;

    bool operator==(const Source &) const = default;
};

struct MapEntry;

/**
 * A variable's value, typed the way Ansible types it: YAML 1.1 scalars for YAML files, JSON rules
 * for JSON files, Python literals for INI values. Maps keep their keys in the order written.
 *
 * Two Ansible-specific kinds: strings tagged `!unsafe` (Ansible never templates them) and
 * vault-encrypted values (`!vault |`), which are kept as their ciphertext and never decrypted.
 * line/column say where the value starts in the file of the Variable that holds it.
 */
struct Value
{
    enum class Type { Null, Bool, Int, Float, String, List, Map, Vault };

    Type type = Type::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0;
    /// String: the text; Vault: the ciphertext; Float: the number as written; Int: the exact
    /// decimal digits when the number does not fit 64 bits (integer then holds the saturated value)
    std::string text;
    bool unsafe = false;  ///< a String tagged !unsafe
    std::vector<Value> items;        ///< List
    std::vector<MapEntry> entries;   ///< Map, keys unique, in the order written
    int line = 0;
    int column = 0;

    static Value makeNull();
    static Value makeBool(bool value);
    static Value makeInt(std::int64_t value);
    /** @p written is the number as it appeared in the file ("1.10"), or empty. */
    static Value makeFloat(double value, std::string written = {});
    static Value makeString(std::string value);
    static Value makeVault(std::string ciphertext);
    // Overloads, not `= {}` defaults: a default argument here would need MapEntry complete (clang).
    static Value makeList();
    static Value makeList(std::vector<Value> items);
    static Value makeMap();
    static Value makeMap(std::vector<MapEntry> entries);

    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isString() const { return type == Type::String; }
    [[nodiscard]] bool isList() const { return type == Type::List; }
    [[nodiscard]] bool isMap() const { return type == Type::Map; }
    [[nodiscard]] bool isVault() const { return type == Type::Vault; }
    [[nodiscard]] bool isScalar() const { return type != Type::List && type != Type::Map; }
    /** Whether this value or anything inside it is vault-encrypted. */
    [[nodiscard]] bool containsVault() const;

    /** The entry of a Map named @p key, or nullptr. */
    [[nodiscard]] const Value *find(std::string_view key) const;
    /** Sets @p key in a Map; an existing key keeps its position and gets the new value (as Python's dict). */
    void set(std::string key, Value value);

    /**
     * The value as Ansible's templating would print a scalar (Python's str(): "True", "None", "1.1"),
     * "encrypted" for a vault value, compact JSON for lists and maps.
     */
    [[nodiscard]] std::string toDisplayString() const;

    /** Content equality; positions are ignored. Int 1 and Float 1.0 differ, as types differ. */
    bool operator==(const Value &other) const;
};

/** A key of a Map, its value, and where the key was written (1-based; 0 when unknown). */
struct MapEntry
{
    std::string key;
    Value value;
    int line = 0;
    int column = 0;

    /** Key and value only; positions are ignored. */
    bool operator==(const MapEntry &other) const { return key == other.key && value == other.value; }
};

/** Python's repr() of a float ("1.0", "0.1", "1e+16", "1.5e-05"), which is also what json.dumps writes. */
std::string pythonFloatRepr(double value);

/**
 * JSON text the way `ansible-inventory` prints it (Python's json.dumps with sort_keys, indent and
 * ensure_ascii=False): unsafe strings become {"__ansible_unsafe": ...}, vault values
 * {"__ansible_vault": ciphertext}. @p indent 0 gives the compact form (", " and ": " separators).
 */
std::string toJson(const Value &value, int indent = 4);

} // namespace core::inventory
