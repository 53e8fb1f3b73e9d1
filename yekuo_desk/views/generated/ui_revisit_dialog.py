# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revisit_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RevisitDialog(object):
    def setupUi(self, RevisitDialog):
        if not RevisitDialog.objectName():
            RevisitDialog.setObjectName(u"RevisitDialog")
        RevisitDialog.resize(760, 680)
        self.mainLayout = QVBoxLayout(RevisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(RevisitDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.mainLayout.addWidget(self.caseLabel)

        self.revisitGroup = QGroupBox(RevisitDialog)
        self.revisitGroup.setObjectName(u"revisitGroup")
        self.revisitGrid = QGridLayout(self.revisitGroup)
        self.revisitGrid.setObjectName(u"revisitGrid")
        self.stageComboLabel = QLabel(self.revisitGroup)
        self.stageComboLabel.setObjectName(u"stageComboLabel")

        self.revisitGrid.addWidget(self.stageComboLabel, 0, 0, 1, 1)

        self.stageCombo = QComboBox(self.revisitGroup)
        self.stageCombo.setObjectName(u"stageCombo")

        self.revisitGrid.addWidget(self.stageCombo, 0, 1, 1, 1)

        self.dateEditLabel = QLabel(self.revisitGroup)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.revisitGrid.addWidget(self.dateEditLabel, 0, 2, 1, 1)

        self.dateEdit = QDateEdit(self.revisitGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.revisitGrid.addWidget(self.dateEdit, 0, 3, 1, 1)

        self.methodComboLabel = QLabel(self.revisitGroup)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.revisitGrid.addWidget(self.methodComboLabel, 1, 0, 1, 1)

        self.methodCombo = QComboBox(self.revisitGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.revisitGrid.addWidget(self.methodCombo, 1, 1, 1, 1)

        self.callerEditLabel = QLabel(self.revisitGroup)
        self.callerEditLabel.setObjectName(u"callerEditLabel")

        self.revisitGrid.addWidget(self.callerEditLabel, 1, 2, 1, 1)

        self.callerEdit = QLineEdit(self.revisitGroup)
        self.callerEdit.setObjectName(u"callerEdit")

        self.revisitGrid.addWidget(self.callerEdit, 1, 3, 1, 1)

        self.respondentEditLabel = QLabel(self.revisitGroup)
        self.respondentEditLabel.setObjectName(u"respondentEditLabel")

        self.revisitGrid.addWidget(self.respondentEditLabel, 2, 0, 1, 1)

        self.respondentEdit = QLineEdit(self.revisitGroup)
        self.respondentEdit.setObjectName(u"respondentEdit")

        self.revisitGrid.addWidget(self.respondentEdit, 2, 1, 1, 1)

        self.satisfactionComboLabel = QLabel(self.revisitGroup)
        self.satisfactionComboLabel.setObjectName(u"satisfactionComboLabel")

        self.revisitGrid.addWidget(self.satisfactionComboLabel, 2, 2, 1, 1)

        self.satisfactionCombo = QComboBox(self.revisitGroup)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.revisitGrid.addWidget(self.satisfactionCombo, 2, 3, 1, 1)


        self.mainLayout.addWidget(self.revisitGroup)

        self.checklistGroup = QGroupBox(RevisitDialog)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistGrid = QGridLayout(self.checklistGroup)
        self.checklistGrid.setObjectName(u"checklistGrid")
        self.signedInPersonComboLabel = QLabel(self.checklistGroup)
        self.signedInPersonComboLabel.setObjectName(u"signedInPersonComboLabel")

        self.checklistGrid.addWidget(self.signedInPersonComboLabel, 0, 0, 1, 1)

        self.signedInPersonCombo = QComboBox(self.checklistGroup)
        self.signedInPersonCombo.setObjectName(u"signedInPersonCombo")

        self.checklistGrid.addWidget(self.signedInPersonCombo, 0, 1, 1, 1)

        self.capacityMatchesComboLabel = QLabel(self.checklistGroup)
        self.capacityMatchesComboLabel.setObjectName(u"capacityMatchesComboLabel")

        self.checklistGrid.addWidget(self.capacityMatchesComboLabel, 1, 0, 1, 1)

        self.capacityMatchesCombo = QComboBox(self.checklistGroup)
        self.capacityMatchesCombo.setObjectName(u"capacityMatchesCombo")

        self.checklistGrid.addWidget(self.capacityMatchesCombo, 1, 1, 1, 1)

        self.datesMatchComboLabel = QLabel(self.checklistGroup)
        self.datesMatchComboLabel.setObjectName(u"datesMatchComboLabel")

        self.checklistGrid.addWidget(self.datesMatchComboLabel, 2, 0, 1, 1)

        self.datesMatchCombo = QComboBox(self.checklistGroup)
        self.datesMatchCombo.setObjectName(u"datesMatchCombo")

        self.checklistGrid.addWidget(self.datesMatchCombo, 2, 1, 1, 1)

        self.invoiceOkComboLabel = QLabel(self.checklistGroup)
        self.invoiceOkComboLabel.setObjectName(u"invoiceOkComboLabel")

        self.checklistGrid.addWidget(self.invoiceOkComboLabel, 3, 0, 1, 1)

        self.invoiceOkCombo = QComboBox(self.checklistGroup)
        self.invoiceOkCombo.setObjectName(u"invoiceOkCombo")

        self.checklistGrid.addWidget(self.invoiceOkCombo, 3, 1, 1, 1)

        self.attitudeOkComboLabel = QLabel(self.checklistGroup)
        self.attitudeOkComboLabel.setObjectName(u"attitudeOkComboLabel")

        self.checklistGrid.addWidget(self.attitudeOkComboLabel, 4, 0, 1, 1)

        self.attitudeOkCombo = QComboBox(self.checklistGroup)
        self.attitudeOkCombo.setObjectName(u"attitudeOkCombo")

        self.checklistGrid.addWidget(self.attitudeOkCombo, 4, 1, 1, 1)

        self.noFavoursComboLabel = QLabel(self.checklistGroup)
        self.noFavoursComboLabel.setObjectName(u"noFavoursComboLabel")

        self.checklistGrid.addWidget(self.noFavoursComboLabel, 5, 0, 1, 1)

        self.noFavoursCombo = QComboBox(self.checklistGroup)
        self.noFavoursCombo.setObjectName(u"noFavoursCombo")

        self.checklistGrid.addWidget(self.noFavoursCombo, 5, 1, 1, 1)

        self.noDesignationComboLabel = QLabel(self.checklistGroup)
        self.noDesignationComboLabel.setObjectName(u"noDesignationComboLabel")

        self.checklistGrid.addWidget(self.noDesignationComboLabel, 6, 0, 1, 1)

        self.noDesignationCombo = QComboBox(self.checklistGroup)
        self.noDesignationCombo.setObjectName(u"noDesignationCombo")

        self.checklistGrid.addWidget(self.noDesignationCombo, 6, 1, 1, 1)


        self.mainLayout.addWidget(self.checklistGroup)

        self.wordsGroup = QGroupBox(RevisitDialog)
        self.wordsGroup.setObjectName(u"wordsGroup")
        self.wordsLayout = QVBoxLayout(self.wordsGroup)
        self.wordsLayout.setObjectName(u"wordsLayout")
        self.wordsEdit = QPlainTextEdit(self.wordsGroup)
        self.wordsEdit.setObjectName(u"wordsEdit")

        self.wordsLayout.addWidget(self.wordsEdit)


        self.mainLayout.addWidget(self.wordsGroup)

        self.raiseFeedbackCheck = QCheckBox(RevisitDialog)
        self.raiseFeedbackCheck.setObjectName(u"raiseFeedbackCheck")

        self.mainLayout.addWidget(self.raiseFeedbackCheck)

        self.errorLabel = QLabel(RevisitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RevisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageComboLabel.setBuddy(self.stageCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.callerEditLabel.setBuddy(self.callerEdit)
        self.respondentEditLabel.setBuddy(self.respondentEdit)
        self.satisfactionComboLabel.setBuddy(self.satisfactionCombo)
        self.signedInPersonComboLabel.setBuddy(self.signedInPersonCombo)
        self.capacityMatchesComboLabel.setBuddy(self.capacityMatchesCombo)
        self.datesMatchComboLabel.setBuddy(self.datesMatchCombo)
        self.invoiceOkComboLabel.setBuddy(self.invoiceOkCombo)
        self.attitudeOkComboLabel.setBuddy(self.attitudeOkCombo)
        self.noFavoursComboLabel.setBuddy(self.noFavoursCombo)
        self.noDesignationComboLabel.setBuddy(self.noDesignationCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevisitDialog)
    # setupUi

    def retranslateUi(self, RevisitDialog):
        RevisitDialog.setWindowTitle(QCoreApplication.translate("RevisitDialog", u"Record a revisit", None))
        self.revisitGroup.setTitle(QCoreApplication.translate("RevisitDialog", u"Revisit", None))
        self.stageComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Stage revisited", None))
        self.dateEditLabel.setText(QCoreApplication.translate("RevisitDialog", u"Date", None))
        self.methodComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Method", None))
        self.callerEditLabel.setText(QCoreApplication.translate("RevisitDialog", u"Revisited by", None))
        self.respondentEditLabel.setText(QCoreApplication.translate("RevisitDialog", u"Spoke to", None))
        self.satisfactionComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Satisfaction", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("RevisitDialog", u"Checklist", None))
        self.signedInPersonComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Applicant signed in person", None))
        self.capacityMatchesComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Capacity and metering match the system", None))
        self.datesMatchComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Survey and metering dates match the system", None))
        self.invoiceOkComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Invoice received and matching", None))
        self.attitudeOkComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"Staff attitude was good", None))
        self.noFavoursComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"No request for favours (yes = none)", None))
        self.noDesignationComboLabel.setText(QCoreApplication.translate("RevisitDialog", u"No designated designer, builder or supplier (yes = none)", None))
        self.wordsGroup.setTitle(QCoreApplication.translate("RevisitDialog", u"The customer's words", None))
        self.raiseFeedbackCheck.setText(QCoreApplication.translate("RevisitDialog", u"Raise a feedback form after saving", None))
    # retranslateUi

