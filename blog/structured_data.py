"""schema.org data about articles and the people behind them, for search engines (JSON-LD)."""

from typing import Any

from django.conf import settings
from django.urls import reverse

from .models import Author, Post, Reference


def person(author: Author) -> dict[str, Any]:
    """An author or reviewer: a Person, or an Organization when the byline is a team."""
    data: dict[str, Any] = {
        "@type": "Organization" if author.is_organisation else "Person",
        "name": author.name,
        "url": settings.SITE_URL + author.get_absolute_url(),
    }
    if author.credentials and not author.is_organisation:
        data["honorificSuffix"] = author.credentials
    if author.role and not author.is_organisation:
        data["jobTitle"] = author.role
    return data


def article(post: Post) -> list[dict[str, Any]]:
    """The article as a MedicalWebPage, and its place on the site as a BreadcrumbList."""
    url = settings.SITE_URL + post.get_absolute_url()
    page: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "headline": post.title,
        "name": post.title,
        "description": post.summary,
        "datePublished": post.published_at.isoformat(),
        "dateModified": post.last_modified.isoformat(),
        "author": person(post.author),
        "publisher": {"@type": "MedicalClinic", "name": settings.SITE_NAME, "url": settings.SITE_URL + "/"},
        "image": post.og_image_url,
        "inLanguage": "en-US",
    }
    if post.condition is not None:
        page["about"] = {"@type": "MedicalCondition", "name": post.condition.name}
    if post.medical_reviewer is not None:
        page["reviewedBy"] = person(post.medical_reviewer)
    if post.last_reviewed is not None:
        page["lastReviewed"] = post.last_reviewed.isoformat()
    citations = [citation(source) for source in post.sources.all()]
    if citations:
        page["citation"] = citations
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": settings.SITE_URL + "/"},
            {"@type": "ListItem", "position": 2, "name": "Articles", "item": settings.SITE_URL + reverse("blog:list")},
            {"@type": "ListItem", "position": 3, "name": post.title, "item": url},
        ],
    }
    return [page, breadcrumbs]


def citation(source: Reference) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "ScholarlyArticle",
        "name": source.title,
        "author": source.authors,
        "isPartOf": {"@type": "Periodical", "name": source.source},
        "datePublished": str(source.year),
    }
    if source.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": source.doi}
    if source.link:
        data["url"] = source.link
    return data
