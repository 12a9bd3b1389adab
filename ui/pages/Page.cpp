#include "Page.h"

#include "CertificateReviewPage.h"
#include "LockSettingsPage.h"
#include "Prompter.h"
#include "RecordLookupPage.h"
#include "RevocationReviewPage.h"
#include "Session.h"
#include "StatisticsPage.h"
#include "TodoPage.h"
#include "services/AuthService.h"

#include <QEvent>

namespace hocbaso::ui {

Page::Page(PageId id, QWidget* parent) : QWidget(parent), m_id(id) {}

Page::~Page() = default;

Session* Page::session() const
{
    return m_session.data();
}

void Page::setSession(Session* session)
{
    m_session = session;
}

void Page::setPrompter(Prompter* prompter)
{
    m_prompter = prompter;
}

Prompter& Page::prompter()
{
    if (m_prompter)
        return *m_prompter;
    if (!m_ownPrompter)
        m_ownPrompter = std::make_unique<MessageBoxPrompter>();
    return *m_ownPrompter;
}

void Page::clear() {}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<PageId> Page::all()
{
    return {PageId::CertificateReview, PageId::LockSettings, PageId::RecordLookup, PageId::Statistics,
            PageId::RevocationReview};
}

QString Page::title(PageId id)
{
    switch (id) {
    case PageId::CertificateReview:
        return tr("6.1 Approve school certificates");
    case PageId::LockSettings:
        return tr("6.2 Receive and revoke locks");
    case PageId::RecordLookup:
        return tr("6.3 Look up records");
    case PageId::Statistics:
        return tr("6.4 Record statistics");
    case PageId::RevocationReview:
        return tr("6.5 Revocation requests");
    case PageId::Todo:
        return tr("To-do");
    }
    return {};
}

QString Page::iconPath(PageId id)
{
    switch (id) {
    case PageId::CertificateReview:
        return QStringLiteral(":/icons/certificate.svg");
    case PageId::LockSettings:
        return QStringLiteral(":/icons/lock.svg");
    case PageId::RecordLookup:
        return QStringLiteral(":/icons/search.svg");
    case PageId::Statistics:
        return QStringLiteral(":/icons/statistics.svg");
    case PageId::RevocationReview:
        return QStringLiteral(":/icons/revoke.svg");
    case PageId::Todo:
        return QStringLiteral(":/icons/todo.svg");
    }
    return {};
}

Status Page::access(PageId id, const services::Actor& actor)
{
    // Deciding pages need the right to decide for one's own unit; the others the right to see it.
    switch (id) {
    case PageId::CertificateReview:
    case PageId::LockSettings:
    case PageId::RevocationReview:
        return services::permissions::canDecide(actor, actor.unitId);
    case PageId::RecordLookup:
    case PageId::Statistics:
    case PageId::Todo:
        return services::permissions::canView(actor, actor.unitId);
    }
    return Error::refused(tr("Not allowed."));
}

Page* Page::create(PageId id, QWidget* parent)
{
    switch (id) {
    case PageId::CertificateReview:
        return new CertificateReviewPage(parent);
    case PageId::LockSettings:
        return new LockSettingsPage(parent);
    case PageId::RecordLookup:
        return new RecordLookupPage(parent);
    case PageId::Statistics:
        return new StatisticsPage(parent);
    case PageId::RevocationReview:
        return new RevocationReviewPage(parent);
    case PageId::Todo:
        return new TodoPage(parent);
    }
    return nullptr;
}

} // namespace hocbaso::ui
