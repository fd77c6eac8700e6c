// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>

namespace core::spec::detail {

/**
 * A vector of trivially copyable values that keeps up to N of them inline. Versions are parsed a
 * million times when repodata loads; keeping their few components inline saves a heap allocation each.
 */
template<typename T, std::uint32_t N>
class SmallVector final
{
    static_assert(std::is_trivially_copyable_v<T>, "SmallVector holds trivially copyable values only");

public:
    SmallVector() = default;
    SmallVector(const SmallVector &other) { copyFrom(other); }
    SmallVector(SmallVector &&other) noexcept { moveFrom(other); }
    SmallVector &operator=(const SmallVector &other)
    {
        if (this != &other) {
            m_size = 0;
            copyFrom(other);
        }
        return *this;
    }
    SmallVector &operator=(SmallVector &&other) noexcept
    {
        if (this != &other) {
            m_heap.reset();
            m_capacity = N;
            moveFrom(other);
        }
        return *this;
    }
    ~SmallVector() = default;

    void push_back(const T &value)
    {
        if (m_size == m_capacity)
            grow(m_capacity * 2);
        data()[m_size++] = value;
    }
    void clear() { m_size = 0; }

    T *data() { return m_heap ? m_heap.get() : m_inline; }
    const T *data() const { return m_heap ? m_heap.get() : m_inline; }
    std::uint32_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::uint32_t i) { return data()[i]; }
    const T &operator[](std::uint32_t i) const { return data()[i]; }
    T &back() { return data()[m_size - 1]; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }

private:
    void grow(std::uint32_t capacity)
    {
        auto heap = std::make_unique_for_overwrite<T[]>(capacity);
        std::memcpy(heap.get(), data(), m_size * sizeof(T));
        m_heap = std::move(heap);
        m_capacity = capacity;
    }
    void copyFrom(const SmallVector &other)
    {
        if (other.m_size > m_capacity)
            grow(other.m_size);
        std::memcpy(data(), other.data(), other.m_size * sizeof(T));
        m_size = other.m_size;
    }
    void moveFrom(SmallVector &other)
    {
        if (other.m_heap) {
            m_heap = std::move(other.m_heap);
            m_capacity = other.m_capacity;
        } else {
            std::memcpy(m_inline, other.m_inline, other.m_size * sizeof(T));
        }
        m_size = other.m_size;
        other.m_size = 0;
        other.m_capacity = N;
    }

    T m_inline[N];
    std::unique_ptr<T[]> m_heap;
    std::uint32_t m_size = 0;
    std::uint32_t m_capacity = N;
};

} // namespace core::spec::detail
