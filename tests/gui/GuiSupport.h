#pragma once

#include "AppSettings.h"
#include "Prompter.h"
#include "SessionController.h"
#include "support/TestStore.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hocbaso::test {

// Drops the offscreen platform's warnings about raise() and size hints, which drown real output.
void quietOffscreenWarnings();

// Answers the GUI's questions from a script instead of a message box, and records what it was told.
class ScriptedPrompter final : public ui::Prompter
{
public:
    struct Message
    {
        QString kind; // inform | refuse | confirm
        QString title;
        QString text;
    };

    void inform(QWidget*, const QString& title, const QString& text) override
    {
        m_messages.append({"inform", title, text});
    }
    void refuse(QWidget*, const QString& title, const QString& reason) override
    {
        m_messages.append({"refuse", title, reason});
    }
    bool confirm(QWidget*, const QString& title, const QString& question, const QString&) override
    {
        m_messages.append({"confirm", title, question});
        // An unplanned question is answered "no": the safe answer.
        return m_answers.isEmpty() ? false : m_answers.takeFirst();
    }

    void answerNext(bool yes) { m_answers.append(yes); }
    const QList<Message>& messages() const { return m_messages; }
    QString lastText() const { return m_messages.isEmpty() ? QString() : m_messages.last().text; }
    void clear() { m_messages.clear(); }

private:
    QList<bool> m_answers;
    QList<Message> m_messages;
};

// A SQLite store with one managing unit, one school and a user of every role (password
// kPassword), settings in a temporary file, a FixedClock, and the program's session controller.
class GuiTest : public ::testing::Test
{
protected:
    static constexpr const char* kPassword = "Good#Pass2026";
    static constexpr const char* kUnitName = "Phòng GD&ĐT Thử nghiệm";

    void SetUp() override;
    void TearDown() override;

    // Types into the sign-in window and presses [Sign in], as a user would.
    bool signInAs(const QString& username, const QString& password = QString::fromLatin1(kPassword));
    QString loginMessage() const;
    // Runs deferred deletions (pages and dialogs go with deleteLater()).
    static void flushDeletes();

    std::unique_ptr<TestStore> m_store;
    FixedClock* m_clock = nullptr;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ui::AppSettings> m_settings;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::SessionController> m_controller;
    qint64 m_unitId = 0;
    qint64 m_schoolId = 0;
};

// The demo district instead of GuiTest's one school: fillWithDemo() with `schools` schools of
// `students` pupils (no signatures), its users' password kDemoPassword, the program's texts in
// `language`. Suites call setUpDemo() from their SetUp().
class GuiDemoTest : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";

    void SetUp() override { setUpDemo(QStringLiteral("en")); }
    void setUpDemo(const QString& language, int schools = 4, int students = 320);
    bool signInToDemo(const QString& username) { return signInAs(username, QString::fromLatin1(kDemoPassword)); }
};

} // namespace hocbaso::test
