"""An article's sources: numbered references, cited in the text as [1], [2]…"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"


class Reference(models.Model):
    post = models.ForeignKey("blog.Post", on_delete=models.CASCADE, related_name="sources")
    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)], help_text="Cited in the text as [1], [2]…"
    )
    authors = models.CharField(max_length=300, help_text="e.g. “Bilhimer MH, Groth ME, Holmes AK”.")
    title = models.CharField(max_length=300)
    source = models.CharField("journal or publisher", max_length=200)
    year = models.PositiveSmallIntegerField(validators=[MinValueValidator(1800), MaxValueValidator(2100)])
    doi = models.CharField(
        "DOI",
        max_length=200,
        blank=True,
        validators=[RegexValidator(DOI_PATTERN, "A DOI looks like 10.1186/s10194-016-0700-3.")],
        help_text="e.g. 10.1186/s10194-016-0700-3 (without https://doi.org/).",
    )
    url = models.URLField("web address", blank=True, help_text="When the source has no DOI.")

    class Meta:
        ordering = ["post", "number"]
        constraints = [models.UniqueConstraint(fields=["post", "number"], name="one_reference_per_number")]

    def __str__(self) -> str:
        return f"[{self.number}] {self.authors}. {self.title}. {self.source}. {self.year}."

    @property
    def link(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else self.url
