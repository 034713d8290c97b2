# Files a Debian user expects beside the binaries, where Debian looks for them: man pages (gzip -9n, as
# Debian policy asks), ccmctl's bash completion, and the copyright and changelog files of /usr/share/doc.
set(ccm_linux_dir ${PROJECT_SOURCE_DIR}/resources/linux)
set(ccm_man_pages ccmctl.1)
if(CCM_BUILD_GUI)
    list(APPEND ccm_man_pages ccm-importer.1)
endif()

set(ccm_compressed_docs)
foreach(page IN LISTS ccm_man_pages)
    # The version in the page's header comes from the project.
    set(source ${CMAKE_CURRENT_BINARY_DIR}/man/${page})
    configure_file(${ccm_linux_dir}/man/${page} ${source} @ONLY)
    set(compressed ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${compressed}
        COMMAND sh -c "gzip -9nc < \"$1\" > \"$2\"" gzip ${source} ${compressed}
        DEPENDS ${source} VERBATIM)
    list(APPEND ccm_compressed_docs ${compressed})
    install(FILES ${compressed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

set(changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND sh -c "gzip -9nc < \"$1\" > \"$2\"" gzip ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog ${changelog_gz}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog VERBATIM)
list(APPEND ccm_compressed_docs ${changelog_gz})
add_custom_target(ccm_compressed_docs ALL DEPENDS ${ccm_compressed_docs})

install(FILES ${changelog_gz} ${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${ccm_linux_dir}/completions/ccmctl DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
