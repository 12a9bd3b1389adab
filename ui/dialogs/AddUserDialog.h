#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class AddUserDialog;
}

// A new user: username, full name, role, unit, school (school users), password twice. The service
// checks everything; its answer appears in the dialog, which stays open until the user is added.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(services::ServiceContext& context, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    void accept() override;
    QString message() const;
    // Starts the form on `role` in the unit (and school) given: the "Units and schools" window
    // makes the account of the unit or school it has selected.
    void preselect(Role role, qint64 unitId, qint64 schoolId);

Q_SIGNALS:
    void userAdded(const QString& username);

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadUnits();
    void loadSchools();
    void updateSchoolEnabled();
    void retranslate();
    void showMessage(const QString& text);

    services::ServiceContext& m_context;
    std::unique_ptr<Ui::AddUserDialog> m_ui;
};

} // namespace hocbaso::ui
