using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ippon.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DraftTyping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Typing",
                table: "drafts",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Typing",
                table: "drafts");
        }
    }
}
