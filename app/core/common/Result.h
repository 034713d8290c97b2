#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace ccm {

/// Holds either a value or an Error; the project's replacement for exceptions across the event loop.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, `return value;`
        : m_state(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor): implicit on purpose, `return error;`
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ccm
