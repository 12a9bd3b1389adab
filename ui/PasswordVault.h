#pragma once

#include "AppSettings.h"

#include <QString>

#include <optional>

namespace hocbaso::ui {

// Where a person may choose to keep their password between sign-ins: the operating system's
// keychain (Secret Service on Linux desktops, Credential Manager on Windows), never QSettings or a
// file of ours. Without a keychain service the sign-in window simply offers no such option.
class PasswordVault
{
public:
    virtual ~PasswordVault() = default;
    // Whether a keychain service answers on this machine.
    virtual bool isAvailable() = 0;
    virtual std::optional<QString> read(const QString& account) = 0;
    virtual bool store(const QString& account, const QString& password) = 0;
    virtual void forget(const QString& account) = 0;

    // One entry per store and username: the same person on two servers has two passwords.
    static QString account(const ConnectionProfile& profile, const QString& username);
};

// PasswordVault over QtKeychain. Its jobs are asynchronous; each call here waits for its job in a
// local event loop, at most a few seconds, so a keychain that does not answer cannot freeze the
// sign-in window.
class SystemPasswordVault final : public PasswordVault
{
public:
    bool isAvailable() override;
    std::optional<QString> read(const QString& account) override;
    bool store(const QString& account, const QString& password) override;
    void forget(const QString& account) override;

private:
    std::optional<bool> m_available; // probed once
};

} // namespace hocbaso::ui
