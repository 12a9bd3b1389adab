#pragma once

#include "core/Clock.h"
#include "core/Entities.h"
#include "core/Result.h"
#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class FirstAdminDialog;
}

// First start, "empty database": the first administrator's username, full name and password
// (twice), and the managing unit the store serves (a Sở, or a commune with its Sở above it).
// Accepting creates the SQLite store at `databasePath` with that administrator and those units,
// through the services; a refusal shows in the dialog, which stays open, and leaves no file behind.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(const Clock& clock, const QString& databasePath, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    void accept() override;
    QString message() const;
    // The administrator created, once accepted.
    QString username() const { return m_username; }

protected:
    void changeEvent(QEvent* event) override;

private:
    UnitLevel unitLevel() const;
    void updateUnitFields();
    // The unit's fields as UnitAdmin will take them, before a file is made.
    Status checkUnitFields();
    // The top unit (a Sở), and the commune under it when the store serves a commune.
    Status addUnits(services::ServiceContext& context);
    void retranslate();
    void showMessage(const QString& text);

    const Clock& m_clock;
    QString m_databasePath;
    QString m_username;
    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
};

} // namespace hocbaso::ui
