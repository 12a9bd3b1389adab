#pragma once

#include "services/ServiceContext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace hocbaso::workspace {
class Workspace;
}

namespace hocbaso::ui {

class MessageBoxPrompter;
class Prompter;
using Session = workspace::Workspace;

// The five functions of the menu "6. Digital school records", in the guide's order, and the to-do
// list that leads to them (not one of the guide's functions: all() leaves it out).
enum class PageId
{
    CertificateReview,
    LockSettings,
    RecordLookup,
    Statistics,
    RevocationReview,
    Todo
};

// What every tab page has: the session it works in, and clear() to drop what it holds.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(PageId id, QWidget* parent = nullptr);
    ~Page() override;

    PageId pageId() const { return m_id; }
    Session* session() const;
    // Null at sign-out. A page loads nothing until it has a session.
    virtual void setSession(Session* session);
    // Questions and notices go through this: the main window hands every page its own, tests a
    // scripted one. Without one, a page asks with message boxes.
    void setPrompter(Prompter* prompter);
    // The prompter given, null when the page falls back to message boxes.
    Prompter* givenPrompter() const { return m_prompter; }

    // The tab's title ("6.1 Approve school certificates") and icon resource.
    static QString title(PageId id);
    static QString iconPath(PageId id);
    // Whether the actor may open the page; the reason comes from the services' permission rules.
    static Status access(PageId id, const services::Actor& actor);
    static Page* create(PageId id, QWidget* parent = nullptr);
    static QList<PageId> all();

public Q_SLOTS:
    // Drops every cached row, model and selection (sign-out, a change of session).
    virtual void clear();
    // Somebody else changed data of the session's units (live updates on the central server): a page
    // that lists such data reads it again, keeping its filter, selection and ticks. The default does
    // nothing: 6.2 keeps the dates being edited, 6.3 the answer to the question asked.
    virtual void othersChanged() {}

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() {}
    Prompter& prompter();

private:
    PageId m_id;
    QPointer<Session> m_session;
    Prompter* m_prompter = nullptr;
    std::unique_ptr<MessageBoxPrompter> m_ownPrompter;
};

} // namespace hocbaso::ui
