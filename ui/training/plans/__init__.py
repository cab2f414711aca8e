"""A participant's training plan (T2) and assessments (T3), in the participant's profile.

The profile opens from the participant list through `ui.common.links` (PARTICIPANT_PROFILE;
`ui.shell.pages` registers `open_training_plan` for it), since feature packages do not import
each other. It reads the plan and the timeline through the audited `PlanService.plan` and
`.timeline`, so every look at a plan is in the audit log.

The parts:
    profile.py          TrainingPlanWindow: the goals by area, each goal's timeline, the chart
    chart.py            CompetenceChart: per area, the level now against the target (QtCharts)
    goal_dialog.py      PlanGoalDialog: add or change a goal (framework or our own), target, tasks
    assess_dialog.py    AssessmentDialog: the coach's level, date and evidence
    framework_dialog.py FrameworkDialog and LocalGoalDialog: add a local goal, retire a goal
    self_assessment.py  SelfAssessmentDialog: the participant's easy-read screen, no typing
    icons.py            the four level pictures, drawn
    words.py            the framework's words (levels, areas, goals) in the UI language
    looks.py, asking.py sizes and colours; the questions before losing work or changing history
"""

from ui.training.plans.assess_dialog import AssessmentDialog
from ui.training.plans.chart import CompetenceChart
from ui.training.plans.framework_dialog import FrameworkDialog, LocalGoalDialog
from ui.training.plans.goal_dialog import PlanGoalDialog
from ui.training.plans.profile import ProfileData, TrainingPlanWindow, open_training_plan, read_profile
from ui.training.plans.self_assessment import TOUCH_MIN_PX, LevelButton, SelfAssessmentDialog, SelfGoal

__all__ = [
    "TOUCH_MIN_PX",
    "AssessmentDialog",
    "CompetenceChart",
    "FrameworkDialog",
    "LevelButton",
    "LocalGoalDialog",
    "PlanGoalDialog",
    "ProfileData",
    "SelfAssessmentDialog",
    "SelfGoal",
    "TrainingPlanWindow",
    "open_training_plan",
    "read_profile",
]
