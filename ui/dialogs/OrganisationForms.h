#pragma once

#include "core/SchoolContact.h"
#include "services/UnitAdmin.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hocbaso::ui {

// The small forms of the "Units and schools" window. Each calls services::UnitAdmin on OK and,
// when it refuses, shows why in the form, which stays open with what was typed; `done` carries the
// code of the unit or school written, to select it in the tree.
class OrganisationForm : public QDialog
{
    Q_OBJECT
public:
    QString message() const;
    QString writtenCode() const { return m_written; }

Q_SIGNALS:
    void written(const QString& code);

protected:
    OrganisationForm(services::ServiceContext& context, QWidget* parent);
    // Builds the layout around `form`; call at the end of a subclass constructor.
    void finish(QFormLayout* form, const QString& okText);
    void showMessage(const QString& text);
    // Done: emits written() and closes.
    void succeed(const QString& code);
    // The open units the actor administers, "CODE - Name", into `box` (data: the code).
    void fillUnits(QComboBox* box, const QString& current, const QString& excludeSubtreeOf = QString());

    services::ServiceContext& m_context;

private:
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_written;
    QString m_pendingMessage;
};

// A new unit (code, name, level, the unit above), or a unit's new name.
class UnitFormDialog : public OrganisationForm
{
    Q_OBJECT
public:
    // Adding: `parentCode` preselects the unit above (empty: a unit at the top).
    static UnitFormDialog* forNew(services::ServiceContext& context, const QString& parentCode, QWidget* parent);
    static UnitFormDialog* forRename(services::ServiceContext& context, const Unit& unit, QWidget* parent);

    void accept() override;

private:
    UnitFormDialog(services::ServiceContext& context, QWidget* parent);

    QString m_renaming; // the code of the unit renamed, empty when adding
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_parent = nullptr;
};

// A new school, or a school's name, ownership, tax code, address and contact (person and phone).
class SchoolFormDialog : public OrganisationForm
{
    Q_OBJECT
public:
    static SchoolFormDialog* forNew(services::ServiceContext& context, const QString& unitCode, QWidget* parent);
    static SchoolFormDialog* forEdit(services::ServiceContext& context, const School& school, QWidget* parent);

    void accept() override;

private:
    SchoolFormDialog(services::ServiceContext& context, QWidget* parent);

    std::optional<School> m_editing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_ownership = nullptr;
    QLineEdit* m_taxCode = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_contactPerson = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    SchoolContact m_contact; // as read when the form opened
};

// Moves a unit or a school under another unit: the 2025 reorganisation moved schools from the
// district offices to the communes. A school keeps everything it has; only its unit changes.
class MoveDialog : public OrganisationForm
{
    Q_OBJECT
public:
    enum class What
    {
        Unit,
        School
    };
    MoveDialog(services::ServiceContext& context, What what, const QString& code, const QString& name,
               const QString& currentUnitCode, QWidget* parent);

    QComboBox* targetBox() const { return m_target; }
    void accept() override;

private:
    What m_what;
    QString m_code;
    QComboBox* m_target = nullptr;
};

} // namespace hocbaso::ui
