"""Loan applications: submit (decided at once), read, list, explain, replay, and an officer's review."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import application_views, applications
from .. import etag, request_client, signed_in
from .schemas import (
    ApplicationPageSchema,
    ApplicationQuerySchema,
    ApplicationReviewSchema,
    ApplicationSchema,
    ApplicationSubmitSchema,
    ExplanationSchema,
    ReplaySchema,
)

blp = Blueprint(
    "applications",
    __name__,
    url_prefix="/api/v1/applications",
    description="Loan applications and their automated, explained decisions",
)


@blp.route("")
class ApplicationsView(MethodView):
    @signed_in(blp)
    @blp.arguments(ApplicationQuerySchema, location="query")
    @blp.response(200, ApplicationPageSchema)
    def get(self, args):
        """List the applications you may see, oldest first (`status=referred` is an officer's queue)."""
        cursor, limit = args.pop("cursor", None), args.pop("limit")
        page = applications.list_(session=db.session, actor=current_actor(), filters=args, cursor=cursor, limit=limit)
        return {
            "items": [application_views.application_view(session=db.session, application=a) for a in page.items],
            "next_cursor": page.next_cursor,
        }

    @signed_in(blp)
    @blp.arguments(ApplicationSubmitSchema)
    @blp.response(201, ApplicationSchema)
    @blp.alt_response(
        200,
        schema=ApplicationSchema,
        success=True,
        description="A retry with the same id and body: the stored decision, never decided twice.",
    )
    def post(self, values):
        """Apply for a loan; the decision comes back at once: approved, referred to an officer, or declined,
        with score, PD, limit, APR, term and reasons. Needs the farmer's credit_scoring consent."""
        submitted = applications.submit(
            session=db.session,
            actor=current_actor(),
            command=applications.Submission(**values),
            client=request_client(),
        )
        application = submitted.application
        body = application_views.application_view(session=db.session, application=application)
        return body, 201 if submitted.created else 200, etag(application.version)


@blp.route("/<uuid:application_id>")
class ApplicationView(MethodView):
    @signed_in(blp)
    @blp.response(200, ApplicationSchema)
    def get(self, application_id):
        """Read one application and its decision."""
        application = applications.get_or_raise(
            session=db.session, actor=current_actor(), application_id=application_id
        )
        return (
            application_views.application_view(session=db.session, application=application),
            200,
            etag(application.version),
        )


@blp.route("/<uuid:application_id>/explanation")
class ExplanationView(MethodView):
    @signed_in(blp)
    @blp.response(200, ExplanationSchema)
    def get(self, application_id):
        """Why: the score, every feature's points (base + points = score) and the reasons that cost the most,
        in zh, en or sw by Accept-Language."""
        application = applications.get_or_raise(
            session=db.session, actor=current_actor(), application_id=application_id
        )
        return application_views.explanation(session=db.session, application=application)


@blp.route("/<uuid:application_id>/replay")
class ReplayView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.response(200, ReplaySchema)
    def post(self, application_id):
        """Decide again from the stored inputs with the stored model version; `identical` says whether the
        output matches the stored decision byte for byte."""
        application = applications.get_or_raise(
            session=db.session, actor=current_actor(), application_id=application_id
        )
        return applications.decide_again(session=db.session, application=application)


@blp.route("/<uuid:application_id>/review")
class ReviewView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.arguments(ApplicationReviewSchema)
    @blp.response(200, ApplicationSchema)
    def post(self, values, application_id):
        """A credit officer approves or declines a referred application, with a note."""
        application = applications.review(
            session=db.session,
            actor=current_actor(),
            application_id=application_id,
            approve=values["decision"] == "approve",
            note=values["note"],
            amount=values.get("amount"),
        )
        return (
            application_views.application_view(session=db.session, application=application),
            200,
            etag(application.version),
        )
