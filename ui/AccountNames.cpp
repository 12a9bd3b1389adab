#include "AccountNames.h"

#include <QCoreApplication>

namespace hocbaso::ui {

QString accountText(const QString& account, const QString& displayName)
{
    if (!displayName.isEmpty())
        return displayName;
    static const QString school = QStringLiteral("school:");
    if (account.startsWith(school))
        return QCoreApplication::translate("hocbaso::ui::AccountNames", "the account of school %1")
            .arg(account.mid(school.size()));
    if (account == QStringLiteral("system"))
        return QCoreApplication::translate("hocbaso::ui::AccountNames", "the program itself");
    return account;
}

} // namespace hocbaso::ui
