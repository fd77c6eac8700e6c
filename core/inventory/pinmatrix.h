// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/pins.h"

#include <QMetaType>

#include <string>
#include <vector>

namespace core::inventory {

/** A cell of the matrix: which pin of the column's host (index into HostPins::pins, -1 if none). */
struct PinCell
{
    int pin = -1;
    bool differsFromGroup = false;  ///< not what the majority of the host's reference group has
    bool operator==(const PinCell &) const = default;
};

/** The value most hosts of a group have for a row; a tie has no majority. */
struct GroupMajority
{
    std::string group;
    bool present = false;   ///< whether the majority pins the package at all
    std::string value;      ///< the majority's value (when present)
    bool tie = false;       ///< two or more values share the top count: no majority
    int count = 0;          ///< hosts with the majority value
    int total = 0;          ///< hosts of the group in the matrix
    bool operator==(const GroupMajority &) const = default;
};

struct PinMatrixOptions
{
    std::vector<std::string> hosts;  ///< columns; empty: every host (of the group, when one is given)
    /**
     * The group every column is compared with. Empty: each host's most specific group (the one
     * whose variables win: deepest, then highest priority, then last by name).
     */
    std::string group;
};

/**
 * Rows are pinned packages (sorted by kind, scope, name), columns hosts. A plain value: it holds
 * the hosts' pins it points into. Built once; filter it in a proxy.
 */
struct PinMatrix
{
    std::vector<HostPins> columns;              ///< one per host, in column order
    std::vector<std::string> referenceGroups;   ///< per column: the group it is compared with
    std::vector<PinKey> rows;
    std::vector<std::vector<PinCell>> cells;    ///< cells[row][column]
    std::vector<std::vector<GroupMajority>> majorities;  ///< majorities[row]: one per reference group

    /** The pin in a cell, or nullptr when the host does not pin that package. */
    [[nodiscard]] const Pin *pin(size_t row, size_t column) const;
    /** The value shown in a cell: the pin's value, "" when absent. */
    [[nodiscard]] std::string value(size_t row, size_t column) const;
    /** Whether all columns agree on a row (same value, or all absent). */
    [[nodiscard]] bool isUniform(size_t row) const;
    /**
     * Whether the hosts that have the row's pin all give it the same value; hosts without it do
     * not count (a pin defined for one group only is no difference among the hosts that use it).
     */
    bool definedValuesAgree(size_t row) const;
    /** Whether any cell of the row differs from its group's majority. */
    [[nodiscard]] bool hasDifferences(size_t row) const;
    /** The majority of @p group for a row, or nullptr when the group is not a reference group. */
    [[nodiscard]] const GroupMajority *majority(size_t row, const std::string &group) const;

    bool operator==(const PinMatrix &) const = default;
};

/**
 * Builds the matrix from every host's pins (extractAllPins(); taken by value so the columns can
 * take them over). Unknown hosts or group in @p options are InvalidArgument errors.
 */
[[nodiscard]] util::Result<PinMatrix> buildPinMatrix(const Inventory &inventory, std::vector<HostPins> pins,
                                                     const PinMatrixOptions &options = {});

/** The group a host is compared with by default: the last of its groups in Ansible's merge order. */
std::string mostSpecificGroup(const Inventory &inventory, const Host &host);

/** One row of a two-host comparison. */
struct PinDifference
{
    PinKey key;
    const Pin *left = nullptr;   ///< points into the HostPins given to diffPins()
    const Pin *right = nullptr;
    bool differs = false;
};

/**
 * Every pin either host has, sorted like the matrix rows, each marked whether the two differ.
 * The pointers stay valid as long as @p left and @p right do.
 */
std::vector<PinDifference> diffPins(const HostPins &left, const HostPins &right);

} // namespace core::inventory

Q_DECLARE_METATYPE(core::inventory::PinMatrix)
